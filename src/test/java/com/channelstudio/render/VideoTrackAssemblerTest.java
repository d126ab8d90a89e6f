package com.channelstudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VideoTrackAssemblerTest {

    @Test
    void framesBeginAtTheStartCodeOfTheirAccessUnitDelimiter() {
        byte[] stream = {
                0, 0, 0, 1, 0x09, (byte) 0xf0, 0, 0, 0, 1, 0x67, 0x64, 0, 0, 1, 0x65, 0x11, 0x22, // AUD (4-byte code), SPS, IDR
                0, 0, 1, 0x09, (byte) 0xf0, 0, 0, 1, 0x41, 0x33, // AUD (3-byte code), P slice
                0, 0, 0, 1, 0x09, (byte) 0xf0, 0, 0, 1, 0x41, 0x09, 0x09 // AUD, P slice whose payload holds 0x09 bytes
        };
        assertThat(AnnexB.frameStarts(stream)).containsExactly(0, 18, 28);
    }
}
