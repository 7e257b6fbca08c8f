package com.triallens.trial;

public enum EndpointKind {
    PRIMARY, SECONDARY, EXPLORATORY
}
