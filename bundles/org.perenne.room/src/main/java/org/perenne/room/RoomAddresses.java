/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.room;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** Where a room can listen (this computer's network addresses) and its address as a QR code for the phones. */
public final class RoomAddresses {

    /** One address of this computer, with the name of its network interface ("wlan0", "eth0", "lo"). */
    public record Choice(String network, InetAddress address) {
    }

    private RoomAddresses() {
    }

    /** The addresses this computer can listen on, its local networks' IPv4 addresses first, the loopback last. */
    public static List<Choice> choices() {
        List<Choice> local = new ArrayList<>();
        List<Choice> loopback = new ArrayList<>();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!network.isUp()) {
                    continue;
                }
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        (address.isLoopbackAddress() ? loopback : local).add(new Choice(network.getName(), address));
                    }
                }
            }
        } catch (SocketException e) {
            // no network to list: the loopback address remains
        }
        if (loopback.isEmpty()) {
            loopback.add(new Choice("lo", InetAddress.getLoopbackAddress()));
        }
        local.addAll(loopback);
        return local;
    }

    /** The first address of a local network (what phones in the same room can reach), if any. */
    static Optional<InetAddress> firstLocalNetwork() {
        return choices().stream().map(Choice::address).filter(a -> !a.isLoopbackAddress()).findFirst();
    }

    /** The QR code of an address: true for a dark module, with the standard quiet zone of four modules around. */
    public static boolean[][] qrCode(String address) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(address, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    java.util.Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            boolean[][] modules = new boolean[matrix.getHeight()][matrix.getWidth()];
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    modules[y][x] = matrix.get(x, y);
                }
            }
            return modules;
        } catch (WriterException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * The QR code in a terminal, two rows of modules a line: light modules in (half) blocks of the text colour, dark
     * ones left to the background, as a terminal with light text on a dark background shows it.
     */
    public static String qrCodeAsText(String address) {
        boolean[][] modules = qrCode(address);
        StringBuilder text = new StringBuilder();
        for (int y = 0; y < modules.length; y += 2) {
            for (int x = 0; x < modules[y].length; x++) {
                boolean top = modules[y][x], bottom = y + 1 < modules.length && modules[y + 1][x];
                text.append(top ? (bottom ? ' ' : '\u2584') : (bottom ? '\u2580' : '\u2588'));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
