package com.channelstudio.lanes;

import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** The classes of {@code @YoutubeStubsTest}: publishing against the imitation of Google's APIs. */
@Suite(failIfNoTests = false)
@SelectPackages("com.channelstudio")
@IncludeTags("context-youtube-stubs")
class YoutubeStubsContextSuite {}
