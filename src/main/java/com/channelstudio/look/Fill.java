package com.channelstudio.look;

/** How a picture of another shape fills the frame: cropped to it, or whole over a blurred copy of itself. */
public enum Fill { CROP, BLUR }
