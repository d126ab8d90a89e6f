package com.channelstudio.lanes;

import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** The classes that share no Spring context: plain tests, and those starting a context or studio JVMs of their own. */
@Suite(failIfNoTests = false)
@SelectPackages("com.channelstudio")
@ExcludeTags({"context-studio", "context-provider-stubs", "context-youtube-stubs", "context-alerting", "context-full-length"})
class OwnContextsSuite {}
