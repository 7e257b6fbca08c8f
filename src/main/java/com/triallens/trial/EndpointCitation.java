package com.triallens.trial;

record EndpointCitation(Long referenceId) {
}
