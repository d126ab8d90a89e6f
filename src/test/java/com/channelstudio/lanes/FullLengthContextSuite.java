package com.channelstudio.lanes;

import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** The classes of {@code @FullLengthStudioTest}: full-length videos (slow lane). */
@Suite(failIfNoTests = false)
@SelectPackages("com.channelstudio")
@IncludeTags("context-full-length")
class FullLengthContextSuite {}
