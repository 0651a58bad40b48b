package org.iclei.africa.resilient.admin.application;

import java.util.List;
import org.iclei.africa.resilient.shared.BusinessException;

/**
 * What still uses a record an administrator asked to delete: the argument of the refusal {@link #KEY}. The web layer
 * writes it with the text of {@code key}, whose arguments are the {@code counts} (e.g. "resources: 3").
 */
public record InUse(String key, List<Long> counts) {

    public static final String KEY = "admin.inUse";

    /** A refusal to delete when any count is above zero. */
    public static void refuseIfUsed(String key, long... counts) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        if (total > 0) {
            throw new BusinessException(KEY, new InUse(key, java.util.Arrays.stream(counts).boxed().toList()));
        }
    }
}
