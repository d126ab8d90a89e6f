package com.channelstudio.support;

import java.util.Locale;
import java.util.function.IntFunction;

/** prompts_json documents as another system would write them. */
public final class PromptsJson {

    private PromptsJson() {}

    public static String of(int musicCount, IntFunction<Double> minutes) {
        StringBuilder json = new StringBuilder("{\"music_prompts\": [");
        for (int i = 1; i <= musicCount; i++) {
            json.append(i > 1 ? "," : "").append(String.format(Locale.ROOT,
                    "{\"order_index\": %d, \"prompt\": \"Elegant waltz no. %d with strings and piano. Tempo: %d BPM.\", "
                            + "\"duration_minutes\": %s}", i, i, 90 + i, minutes.apply(i)));
        }
        json.append("], \"visual_prompts\": [");
        for (int i = 1; i <= 20; i++) {
            json.append(i > 1 ? "," : "").append(String.format(Locale.ROOT,
                    "{\"order_index\": %d, \"prompt\": \"16:9 background of a grand ballroom, view %d\"}", i, i));
        }
        return json.append("]}").toString();
    }

    /** 20 valid prompts whose durations add up to 60 minutes. */
    public static String valid() {
        return of(20, i -> 3.0);
    }
}
