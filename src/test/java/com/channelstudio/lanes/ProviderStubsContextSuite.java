package com.channelstudio.lanes;

import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** The classes of {@code @ProviderStubsTest}: the studio against the remote providers' WireMock stubs. */
@Suite(failIfNoTests = false)
@SelectPackages("com.channelstudio")
@IncludeTags("context-provider-stubs")
class ProviderStubsContextSuite {}
