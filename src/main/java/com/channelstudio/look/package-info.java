/**
 * How the pictures look on screen: how each fills the 16:9 frame, how it moves, and the music seen moving along its
 * bottom. The render and the Shorts use these choices, the settings, the API and the console offer them; they depend
 * on nothing, so every one of those packages can name them without a cycle.
 */
package com.channelstudio.look;
