package com.triallens.trial;

record MechanismLink(String sourceNode, String targetNode, MechanismRelation relation, Long referenceId) {
}
