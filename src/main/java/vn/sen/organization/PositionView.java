package vn.sen.organization;

import java.util.UUID;

/**
 * A position (chức vụ) of an agency as other modules see it.
 *
 * @param leadership true for leaders (Giám đốc, Phó Giám đốc, Trưởng phòng…), who may direct and sign
 * @param rankOrder the order in lists, highest rank first (smallest number)
 */
public record PositionView(UUID id, UUID agencyId, String name, boolean leadership, int rankOrder, long version) {}
