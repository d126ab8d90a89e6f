package com.channelstudio.jobs;

/** A failure tied to one item of a job (a track or an image), so the job's error message can name it. */
public class AssetFailure extends RuntimeException {

    private final String item;
    private final String remedy;

    public AssetFailure(String item, String message, String remedy, Throwable cause) {
        super(message, cause);
        this.item = item;
        this.remedy = remedy;
    }

    public AssetFailure(String item, String message, String remedy) {
        this(item, message, remedy, null);
    }

    public String item() {
        return item;
    }

    public String remedy() {
        return remedy;
    }
}
