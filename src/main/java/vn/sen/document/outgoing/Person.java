package vn.sen.document.outgoing;

import java.util.UUID;

/** A staff member named on a step (the next reviewer, the drafter a draft goes back to). */
record Person(UUID id, String name) {}
