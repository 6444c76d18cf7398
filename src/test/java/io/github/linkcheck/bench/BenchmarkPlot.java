package io.github.linkcheck.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Draws wall time against concurrency, a panel per size and a line per mode, with the JDK's own 2D graphics. */
final class BenchmarkPlot {

    private static final int PANEL_WIDTH = 520;
    private static final int HEIGHT = 420;
    private static final int MARGIN = 60;
    private static final Color[] COLOURS = {
        new Color(0xD62728), new Color(0x1F77B4), new Color(0x2CA02C), new Color(0x9467BD)
    };

    private BenchmarkPlot() {}

    static void write(
            List<ModeBenchmark.Measurement> measurements,
            List<Integer> sizes,
            List<Integer> concurrencies,
            List<String> modes,
            long latencyMs,
            Path file)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(PANEL_WIDTH * sizes.size(), HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (int panel = 0; panel < sizes.size(); panel++) {
            int size = sizes.get(panel);
            List<ModeBenchmark.Measurement> ofSize = measurements.stream()
                    .filter(m -> m.count() == size && concurrencies.contains(m.concurrency()))
                    .toList();
            double maxSeconds = ofSize.stream()
                            .mapToLong(m -> m.figures().get("wallMs"))
                            .max()
                            .orElse(1)
                    / 1000.0;
            double top = niceCeiling(maxSeconds);
            int left = panel * PANEL_WIDTH + MARGIN;
            int right = (panel + 1) * PANEL_WIDTH - 20;
            int bottom = HEIGHT - MARGIN;
            int upper = 40;
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString(String.format(Locale.ROOT, "%,d URLs, %d ms latency", size, latencyMs), left, 24);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawLine(left, bottom, right, bottom);
            g.drawLine(left, bottom, left, upper);
            for (int tick = 0; tick <= 5; tick++) {
                double seconds = top * tick / 5;
                int y = bottom - (int) ((bottom - upper) * tick / 5.0);
                g.setColor(new Color(0xDDDDDD));
                g.drawLine(left + 1, y, right, y);
                g.setColor(Color.BLACK);
                g.drawString(String.format(Locale.ROOT, "%.1f s", seconds), left - 48, y + 4);
            }
            for (int i = 0; i < concurrencies.size(); i++) {
                int x = x(i, concurrencies.size(), left, right);
                g.drawString(Integer.toString(concurrencies.get(i)), x - 10, bottom + 18);
            }
            g.drawString("concurrency", (left + right) / 2 - 35, bottom + 38);
            for (int m = 0; m < modes.size(); m++) {
                String mode = modes.get(m);
                g.setColor(COLOURS[m % COLOURS.length]);
                g.setStroke(new BasicStroke(2.5f));
                int previousX = -1;
                int previousY = -1;
                for (int i = 0; i < concurrencies.size(); i++) {
                    int concurrency = concurrencies.get(i);
                    var point = ofSize.stream()
                            .filter(r -> r.mode().equals(mode) && r.concurrency() == concurrency)
                            .findFirst();
                    if (point.isEmpty()) {
                        continue;
                    }
                    int x = x(i, concurrencies.size(), left, right);
                    int y = bottom
                            - (int) ((bottom - upper) * (point.get().figures().get("wallMs") / 1000.0) / top);
                    g.fillOval(x - 4, y - 4, 8, 8);
                    if (previousX >= 0) {
                        g.drawLine(previousX, previousY, x, y);
                    }
                    previousX = x;
                    previousY = y;
                }
                g.fillRect(right - 110, upper + 10 + m * 18, 14, 4);
                g.drawString(mode, right - 90, upper + 16 + m * 18);
            }
            g.setStroke(new BasicStroke(1f));
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    /** Concurrencies are spaced evenly: they grow by a factor, so this is a logarithmic axis. */
    private static int x(int index, int count, int left, int right) {
        return count == 1 ? (left + right) / 2 : left + 30 + (right - left - 60) * index / (count - 1);
    }

    private static double niceCeiling(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (value <= step * magnitude) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
