package com.channelstudio.render;

import com.channelstudio.jobs.AssetFailure;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A still's repeat frame, numbered for any place in its GOP. x264 codes every frame after a still's picture as a P
 * frame of skips only (see {@link RenderCommands}), and those frames differ from one another only in the frame_num
 * of their slice header, a field of fixed width that counts reference frames from the GOP's keyframe. So a still's
 * clip is encoded with one repeat, and the assembler writes that repeat renumbered: x264 never encodes hundreds of
 * identical frames, and the stream decodes to the same pictures.
 *
 * <p>Holds the repeat once for each frame_num (at most 16 here: x264 gives frame_num 4 bits), ready to copy.
 */
final class RepeatFrames {

    private final byte[][] byFrameNumber;

    /**
     * @param stream the clip: a keyframe with its parameter sets, then the frame that repeats it, from
     *               {@code repeatStart} to {@code repeatEnd}
     */
    RepeatFrames(byte[] stream, int repeatStart, int repeatEnd, String clip) {
        FrameNumbering numbering = numbering(stream, clip);
        byFrameNumber = new byte[numbering.maxFrameNumber()][];
        for (int frameNumber = 0; frameNumber < byFrameNumber.length; frameNumber++) {
            byFrameNumber[frameNumber] = numbered(stream, repeatStart, repeatEnd, numbering, frameNumber, clip);
        }
    }

    /** The repeat as the {@code position}-th frame of its GOP (the keyframe is the 0th). */
    byte[] at(long position) {
        return byFrameNumber[(int) (position % byFrameNumber.length)];
    }

    /** How the clip's sequence parameter set numbers frames. */
    private record FrameNumbering(int maxFrameNumber) {}

    private static FrameNumbering numbering(byte[] stream, String clip) {
        AnnexB.Unit sps = AnnexB.units(stream, 0, stream.length).stream()
                .filter(unit -> unit.type() == AnnexB.SEQUENCE_PARAMETER_SET).findFirst()
                .orElseThrow(() -> unreadable(clip, "it has no sequence parameter set"));
        AnnexB.BitReader fields = new AnnexB.BitReader(AnnexB.payload(stream, sps));
        int profile = fields.bits(8);
        fields.bits(16); // constraint flags, level
        fields.unsigned(); // seq_parameter_set_id
        if (List.of(100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135).contains(profile)) {
            if (fields.unsigned() == 3) { // chroma_format_idc 4:4:4
                fields.bits(1);
            }
            fields.unsigned(); // bit depths
            fields.unsigned();
            fields.bits(1);
            if (fields.bits(1) == 1) {
                throw unreadable(clip, "its sequence parameter set carries scaling matrices");
            }
        }
        int maxFrameNumber = 1 << (fields.unsigned() + 4);
        int pictureOrderCountType = fields.unsigned();
        if (pictureOrderCountType != 2) {
            // Types 0 and 1 count in the slice header too, which this numbering would leave unchanged.
            throw unreadable(clip, "its pictures are counted by pic_order_cnt_type " + pictureOrderCountType + ", not 2");
        }
        return new FrameNumbering(maxFrameNumber);
    }

    private static byte[] numbered(byte[] stream, int from, int to, FrameNumbering numbering, int frameNumber, String clip) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(to - from);
        int copied = from;
        for (AnnexB.Unit unit : AnnexB.units(stream, from, to)) {
            if (unit.type() != AnnexB.NON_IDR_SLICE) {
                continue;
            }
            if ((stream[unit.header()] & 0x60) == 0) {
                throw unreadable(clip, "its repeat is not a reference frame");
            }
            byte[] payload = AnnexB.payload(stream, unit);
            AnnexB.BitReader header = new AnnexB.BitReader(payload);
            header.unsigned(); // first_mb_in_slice
            int sliceType = header.unsigned() % 5;
            if (sliceType != 0) {
                throw unreadable(clip, "its repeat has a slice of type " + sliceType + ", not P");
            }
            header.unsigned(); // pic_parameter_set_id
            writeBits(payload, header.position(), Integer.numberOfTrailingZeros(numbering.maxFrameNumber()), frameNumber);
            frame.write(stream, copied, unit.header() + 1 - copied);
            frame.writeBytes(AnnexB.escaped(payload));
            copied = unit.end();
        }
        frame.write(stream, copied, to - copied);
        return frame.toByteArray();
    }

    private static void writeBits(byte[] payload, int position, int count, int value) {
        for (int i = 0; i < count; i++) {
            int bit = value >> (count - 1 - i) & 1;
            int at = position + i;
            int mask = 1 << (7 - (at & 7));
            payload[at >> 3] = (byte) (bit == 1 ? payload[at >> 3] | mask : payload[at >> 3] & ~mask);
        }
    }

    private static AssetFailure unreadable(String clip, String why) {
        return new AssetFailure("clip " + clip, "its repeat frames cannot be numbered: " + why,
                "Keep the studio's x264 settings for stills (no B-frames), then retry");
    }
}
