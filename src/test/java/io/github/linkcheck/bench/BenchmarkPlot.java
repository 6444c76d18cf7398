package io.github.linkcheck.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.DoubleStream;
import javax.imageio.ImageIO;

/**
 * Draws time against concurrency, a panel per size: a line per mode (the check's wall time), the baselines'
 * and the runs through mvn as dashed lines and diamonds (whole process), and the ideal, N x latency /
 * concurrency, dotted. Concurrency is on a logarithmic axis, and so is time when it spans a decade or more.
 * With the JDK's own 2D graphics.
 */
final class BenchmarkPlot {

    private static final int PANEL_WIDTH = 560;
    private static final int PLOT_HEIGHT = 420;
    private static final int LEGEND_ROW = 18;
    private static final int MARGIN = 60;
    private static final Color[] COLOURS = {
        new Color(0xD62728), new Color(0x1F77B4), new Color(0x2CA02C), new Color(0x9467BD)
    };
    private static final Color JDK_COLOUR = new Color(0xFF7F0E);
    private static final Color CURL_COLOUR = new Color(0x555555);
    private static final Color HTTPCLIENT5_COLOUR = new Color(0x8C564B);
    private static final Stroke SOLID = new BasicStroke(2.5f);
    private static final Stroke DASHED =
            new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f);
    private static final Stroke DOTTED =
            new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 4f}, 0f);

    /** A line of the plot: which runs, which figure of them, and how it is drawn. */
    private record Series(String name, String figure, Color colour, Stroke stroke, boolean diamonds) {}

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
        List<Series> series = series(measurements, modes);
        int legendHeight = LEGEND_ROW * (series.size() + 1) + 10;
        int height = PLOT_HEIGHT + legendHeight;
        BufferedImage image = new BufferedImage(PANEL_WIDTH * sizes.size(), height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (int panel = 0; panel < sizes.size(); panel++) {
            int size = sizes.get(panel);
            // Lines over the measured concurrencies; a run through mvn is a point of its own wherever it is.
            List<ModeBenchmark.Measurement> ofSize = measurements.stream()
                    .filter(m -> m.count() == size
                            && (concurrencies.contains(m.concurrency())
                                    || m.mode().startsWith(WholeProcessRuns.MVN_PREFIX)))
                    .toList();
            int left = panel * PANEL_WIDTH + MARGIN;
            int right = (panel + 1) * PANEL_WIDTH - 20;
            int bottom = PLOT_HEIGHT - MARGIN;
            int upper = 40;
            int[] axis = ofSize.stream()
                    .mapToInt(ModeBenchmark.Measurement::concurrency)
                    .distinct()
                    .sorted()
                    .toArray();
            if (axis.length == 0) {
                continue;
            }
            double[] seconds = DoubleStream.concat(
                            ofSize.stream()
                                    .flatMap(m -> series.stream()
                                            .filter(s -> s.name().equals(m.mode()))
                                            .map(s -> m.figures().get(s.figure())))
                                    .mapToDouble(millis -> millis / 1000.0),
                            DoubleStream.of(
                                    ideal(size, axis[0], latencyMs), ideal(size, axis[axis.length - 1], latencyMs)))
                    .toArray();
            double low = DoubleStream.of(seconds).min().orElse(0.1);
            double high = DoubleStream.of(seconds).max().orElse(1);
            boolean logarithmic = high / low >= 10;
            double bottomValue = logarithmic ? Math.pow(10, Math.floor(Math.log10(low))) : 0;
            double topValue = logarithmic ? Math.pow(10, Math.ceil(Math.log10(high))) : niceCeiling(high);
            DoubleUnaryOperator y = value -> logarithmic
                    ? bottom - (bottom - upper) * Math.log(value / bottomValue) / Math.log(topValue / bottomValue)
                    : bottom - (bottom - upper) * value / topValue;
            double logMin = Math.log(axis[0]);
            double logSpan = Math.log(axis[axis.length - 1]) - logMin;
            DoubleUnaryOperator x = concurrency -> logSpan == 0
                    ? (left + right) / 2.0
                    : left + 30 + (right - left - 60) * (Math.log(concurrency) - logMin) / logSpan;

            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString(String.format(Locale.ROOT, "%,d URLs, %d ms latency", size, latencyMs), left, 24);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawLine(left, bottom, right, bottom);
            g.drawLine(left, bottom, left, upper);
            for (double tick : ticks(bottomValue, topValue, logarithmic)) {
                int tickY = (int) y.applyAsDouble(tick);
                g.setColor(new Color(0xDDDDDD));
                g.drawLine(left + 1, tickY, right, tickY);
                g.setColor(Color.BLACK);
                g.drawString(seconds(tick), left - 48, tickY + 4);
            }
            int previousLabelEnd = Integer.MIN_VALUE;
            for (int concurrency : concurrencies) {
                int tickX = (int) x.applyAsDouble(concurrency);
                if (tickX - 12 > previousLabelEnd) {
                    g.drawString(Integer.toString(concurrency), tickX - 12, bottom + 18);
                    previousLabelEnd = tickX + 20;
                }
            }
            g.drawString(
                    logarithmic ? "concurrency (both axes logarithmic)" : "concurrency (logarithmic)",
                    (left + right) / 2 - 90,
                    bottom + 38);

            g.setColor(Color.BLACK);
            g.setStroke(DOTTED);
            // A curve unless both axes are logarithmic: drawn through points spaced evenly along the axis.
            int steps = 40;
            for (int step = 0; step < steps; step++) {
                double from = axis[0] * Math.exp(logSpan * step / steps);
                double to = axis[0] * Math.exp(logSpan * (step + 1) / steps);
                g.drawLine(
                        (int) x.applyAsDouble(from),
                        (int) y.applyAsDouble(ideal(size, from, latencyMs)),
                        (int) x.applyAsDouble(to),
                        (int) y.applyAsDouble(ideal(size, to, latencyMs)));
            }
            for (Series line : series) {
                g.setColor(line.colour());
                g.setStroke(line.stroke());
                List<ModeBenchmark.Measurement> points = ofSize.stream()
                        .filter(m -> m.mode().equals(line.name()))
                        .sorted(Comparator.comparingInt(ModeBenchmark.Measurement::concurrency))
                        .toList();
                int previousX = -1;
                int previousY = -1;
                for (ModeBenchmark.Measurement point : points) {
                    int pointX = (int) x.applyAsDouble(point.concurrency());
                    int pointY = (int) y.applyAsDouble(point.figures().get(line.figure()) / 1000.0);
                    if (line.diamonds()) {
                        g.fillPolygon(
                                new int[] {pointX, pointX + 7, pointX, pointX - 7},
                                new int[] {pointY - 7, pointY, pointY + 7, pointY},
                                4);
                    } else {
                        g.fillOval(pointX - 4, pointY - 4, 8, 8);
                    }
                    if (previousX >= 0) {
                        g.drawLine(previousX, previousY, pointX, pointY);
                    }
                    previousX = pointX;
                    previousY = pointY;
                }
            }
            g.setStroke(new BasicStroke(1f));
        }
        legend(g, series, PLOT_HEIGHT);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    /** The modes first, then the baselines and the runs through mvn that the measurements hold. */
    private static List<Series> series(List<ModeBenchmark.Measurement> measurements, List<String> modes) {
        List<Series> series = new ArrayList<>();
        for (int m = 0; m < modes.size(); m++) {
            series.add(new Series(modes.get(m), "wallMs", COLOURS[m % COLOURS.length], SOLID, false));
        }
        series.add(new Series(WholeProcessRuns.JDK, "processMs", JDK_COLOUR, DASHED, false));
        series.add(new Series(WholeProcessRuns.CURL, "processMs", CURL_COLOUR, DASHED, false));
        series.add(new Series(WholeProcessRuns.HTTPCLIENT5, "processMs", HTTPCLIENT5_COLOUR, DASHED, false));
        for (int m = 0; m < modes.size(); m++) {
            series.add(new Series(
                    WholeProcessRuns.MVN_PREFIX + modes.get(m),
                    "processMs",
                    COLOURS[m % COLOURS.length],
                    DASHED,
                    true));
        }
        return series.stream()
                .filter(line -> measurements.stream().anyMatch(m -> m.mode().equals(line.name())))
                .toList();
    }

    private static void legend(Graphics2D g, List<Series> series, int top) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int row = top + 4;
        for (Series line : series) {
            g.setColor(line.colour());
            g.setStroke(line.stroke());
            if (line.diamonds()) {
                g.fillPolygon(
                        new int[] {MARGIN + 15, MARGIN + 21, MARGIN + 15, MARGIN + 9},
                        new int[] {row, row + 6, row + 12, row + 6},
                        4);
            } else {
                g.drawLine(MARGIN, row + 6, MARGIN + 30, row + 6);
            }
            g.setColor(Color.BLACK);
            boolean wholeProcess = line.figure().equals("processMs");
            g.drawString(
                    line.name() + (wholeProcess ? ": whole process, timed from outside" : ": the check's wall time"),
                    MARGIN + 40,
                    row + 10);
            row += LEGEND_ROW;
        }
        g.setStroke(DOTTED);
        g.drawLine(MARGIN, row + 6, MARGIN + 30, row + 6);
        g.drawString("ideal: N x latency / concurrency", MARGIN + 40, row + 10);
        g.setStroke(new BasicStroke(1f));
    }

    /** 0.05 s, 0.2 s, 20 s: as many decimals as a logarithmic axis's ticks need, no more. */
    private static String seconds(double value) {
        return new BigDecimal(String.format(Locale.ROOT, "%.3g", value))
                        .stripTrailingZeros()
                        .toPlainString()
                + " s";
    }

    private static double ideal(int count, double concurrency, long latencyMs) {
        return count * latencyMs / 1000.0 / concurrency;
    }

    /** Decades and their 2 and 5 on a logarithmic axis, fifths of the top on a linear one. */
    private static List<Double> ticks(double bottomValue, double topValue, boolean logarithmic) {
        List<Double> ticks = new ArrayList<>();
        if (!logarithmic) {
            for (int tick = 0; tick <= 5; tick++) {
                ticks.add(topValue * tick / 5);
            }
            return ticks;
        }
        for (double decade = bottomValue; decade <= topValue * 1.001; decade *= 10) {
            for (double step : new double[] {1, 2, 5}) {
                if (decade * step <= topValue * 1.001) {
                    ticks.add(decade * step);
                }
            }
        }
        return ticks;
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
