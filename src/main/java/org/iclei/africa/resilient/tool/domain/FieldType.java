package org.iclei.africa.resilient.tool.domain;

/** What a worksheet field holds; each type has its own input and its own check. */
public enum FieldType {
    /** One line of text. */
    TEXT,
    /** Several lines of text. */
    LONG_TEXT,
    /** A whole number from 1 to 5. */
    RATING,
    /** A calendar date (ISO, yyyy-mm-dd, as date inputs send it). */
    DATE,
    /** One of a fixed list of values. */
    CHOICE,
    /** Yes or no. */
    YES_NO,
    /** An amount of money or another decimal number, zero or more. */
    AMOUNT,
    /** A latitude or longitude in decimal degrees. */
    COORDINATE,
    /** A row of the workspace's action plan (step 7). */
    ACTION,
    /** A row of the workspace's indicators (step 8). */
    INDICATOR
}
