package vn.sen.signing;

import java.util.UUID;

/** A key or image holder, resolved: a person with their agency, or an agency itself. */
record Holder(UUID id, HolderKind kind, UUID agencyId, String name) {}
