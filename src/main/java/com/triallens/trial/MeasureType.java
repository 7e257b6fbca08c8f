package com.triallens.trial;

public enum MeasureType {
    PERCENT_OF_PARTICIPANTS, MEDIAN_TIME, COUNT_OF_PARTICIPANTS, MEAN, OTHER
}
