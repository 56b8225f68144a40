package vn.sen.onestop;

/** What an import did: procedures added, changed (a new revision each) and found as they were. */
record ImportResult(int created, int updated, int unchanged) {}
