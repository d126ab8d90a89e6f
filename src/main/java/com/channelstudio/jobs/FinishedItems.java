package com.channelstudio.jobs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The order_index values a job already has rows for (tracks or images): a stage makes only the others. */
public final class FinishedItems {

    private FinishedItems() {}

    public static Set<Integer> orderIndexes(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> ((Number) row.get("order_index")).intValue()).collect(Collectors.toSet());
    }
}
