package com.triallens.base.domain;

/** One broken rule of an edit: the field it concerns and what is wrong, in words a curator reads. */
public record Violation(String field, String message) {
}
