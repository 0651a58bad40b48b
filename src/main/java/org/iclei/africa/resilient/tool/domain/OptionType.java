package org.iclei.africa.resilient.tool.domain;

/** How an adaptation option pays off under uncertainty. */
public enum OptionType {
    NO_REGRET,
    LOW_REGRET,
    WIN_WIN,
    FLEXIBLE
}
