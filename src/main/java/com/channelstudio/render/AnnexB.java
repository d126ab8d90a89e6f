package com.channelstudio.render;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An H.264 Annex B byte stream as the clips hold it: frames opened by an access unit delimiter, NAL units opened by
 * start codes, and each unit's payload escaped so no start code appears inside it (emulation prevention).
 */
final class AnnexB {

    static final int NON_IDR_SLICE = 1;
    static final int SEQUENCE_PARAMETER_SET = 7;
    private static final int ACCESS_UNIT_DELIMITER = 9;

    private AnnexB() {}

    /** One NAL unit: its type, and where its header byte and its end are in the stream. */
    record Unit(int type, int header, int end) {}

    /** Where each frame begins: at the start code (three or four bytes) of its access unit delimiter. */
    static List<Integer> frameStarts(byte[] stream) {
        List<Integer> starts = new ArrayList<>();
        for (Unit unit : units(stream, 0, stream.length)) {
            if (unit.type() == ACCESS_UNIT_DELIMITER) {
                int codeStart = unit.header() - 3;
                starts.add(codeStart > 0 && stream[codeStart - 1] == 0 ? codeStart - 1 : codeStart);
            }
        }
        return starts;
    }

    /** The NAL units of {@code stream[from, to)}; a unit ends where the next start code (and its leading zero) begins. */
    static List<Unit> units(byte[] stream, int from, int to) {
        List<Integer> headers = new ArrayList<>();
        for (int i = from; i + 3 < to; i++) {
            if (stream[i] == 0 && stream[i + 1] == 0 && stream[i + 2] == 1) {
                headers.add(i + 3);
                i += 3;
            }
        }
        List<Unit> units = new ArrayList<>();
        for (int k = 0; k < headers.size(); k++) {
            int end = k + 1 < headers.size() ? headers.get(k + 1) - 3 : to;
            if (k + 1 < headers.size() && end > from && stream[end - 1] == 0) {
                end--;
            }
            units.add(new Unit(stream[headers.get(k)] & 0x1f, headers.get(k), end));
        }
        return units;
    }

    /** A unit's payload as coded (RBSP): the header byte left out, every emulation prevention byte taken out. */
    static byte[] payload(byte[] stream, Unit unit) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(unit.end() - unit.header());
        int zeros = 0;
        for (int i = unit.header() + 1; i < unit.end(); i++) {
            int value = stream[i] & 0xff;
            if (zeros >= 2 && value == 3) {
                zeros = 0;
                continue;
            }
            payload.write(value);
            zeros = value == 0 ? zeros + 1 : 0;
        }
        return payload.toByteArray();
    }

    /** A payload escaped again: a 3 after any two zero bytes that come before a byte of 3 or less. */
    static byte[] escaped(byte[] payload) {
        ByteArrayOutputStream escaped = new ByteArrayOutputStream(payload.length + payload.length / 32);
        int zeros = 0;
        for (byte b : payload) {
            int value = b & 0xff;
            if (zeros >= 2 && value <= 3) {
                escaped.write(3);
                zeros = 0;
            }
            escaped.write(value);
            zeros = value == 0 ? zeros + 1 : 0;
        }
        return escaped.toByteArray();
    }

    /** Reads the fields of a payload, most significant bit first. */
    static final class BitReader {

        private final byte[] payload;
        private int position;

        BitReader(byte[] payload) {
            this.payload = payload;
        }

        int position() {
            return position;
        }

        int bits(int count) {
            int value = 0;
            for (int i = 0; i < count; i++) {
                value = value << 1 | (payload[position >> 3] >> (7 - (position & 7)) & 1);
                position++;
            }
            return value;
        }

        /** ue(v): an Exp-Golomb code. */
        int unsigned() {
            int zeros = 0;
            while (bits(1) == 0) {
                zeros++;
            }
            return (1 << zeros) - 1 + bits(zeros);
        }
    }
}
