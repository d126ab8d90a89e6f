package com.channelstudio.support;

import java.io.File;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a class, before its Spring context starts, when the run asks for FFmpeg by name on the PATH
 * ({@code -Dstudio.ffmpeg.path=ffmpeg}) and the machine has none there: the suite passes with or without one.
 */
public class ChosenFfmpegIsInstalled implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String chosen = System.getProperty("studio.ffmpeg.path", "");
        if (chosen.isBlank() || chosen.contains(File.separator)) {
            return ConditionEvaluationResult.enabled("FFmpeg: " + (chosen.isBlank() ? "the bundled build" : chosen));
        }
        return OnThePath.find(chosen).isPresent() ? ConditionEvaluationResult.enabled("FFmpeg: " + chosen + " on the PATH")
                : ConditionEvaluationResult.disabled("no " + chosen + " on the PATH: install FFmpeg to run this class with it");
    }
}
