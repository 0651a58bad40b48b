package org.iclei.africa.resilient.tool.domain;

/** The sector or system a climate impact falls on. */
public enum Sector {
    WATER,
    HEALTH,
    INFRASTRUCTURE,
    INFORMAL_SETTLEMENTS,
    FOOD,
    BIODIVERSITY,
    ECONOMY,
    OTHER
}
