package vn.sen.organization;

import org.jspecify.annotations.Nullable;

/** What a person enters for a position (chức vụ), before the rules are checked. */
record PositionDraft(@Nullable String name, boolean leadership, @Nullable Integer rankOrder) {}
