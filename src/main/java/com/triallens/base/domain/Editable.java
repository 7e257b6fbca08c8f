package com.triallens.base.domain;

/** A record as a curator edits it: its id, the version the edit is based on, a name for people, its values. */
public record Editable<T>(long id, int version, String label, T values) {
}
