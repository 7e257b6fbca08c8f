package com.triallens.trial;

public enum MechanismRelation {
    BINDS, DRIVES, BLOCKS
}
