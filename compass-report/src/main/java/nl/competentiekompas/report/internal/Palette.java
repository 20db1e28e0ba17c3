package nl.competentiekompas.report.internal;

/**
 * The colours of the reports: the Okabe–Ito palette, safe for the common kinds of colour blindness, with dash
 * patterns so that series stay apart in grey print too.
 */
public final class Palette {

    /** Blue, for the person's own view. */
    public static final String BLUE = "#0072B2";
    /** Vermillion, for others' view and for limits exceeded. */
    public static final String VERMILLION = "#D55E00";
    /** Bluish green. */
    public static final String GREEN = "#009E73";
    /** Orange. */
    public static final String ORANGE = "#E69F00";
    /** Reddish purple. */
    public static final String PURPLE = "#CC79A7";
    /** Sky blue. */
    public static final String SKY = "#56B4E9";
    /** Near-black, for text and targets. */
    public static final String INK = "#1A1A1A";
    /** Grey for grid lines. */
    public static final String GRID = "#8C8C8C";
    /** Grey for secondary text, 4.5:1 or more on white. */
    public static final String MUTED = "#595959";

    private Palette() {
    }

    /**
     * How one data series is drawn.
     *
     * @param colour the stroke colour
     * @param dash the SVG dash array, empty for a solid line
     * @param fillOpacity the opacity of the area fill, 0 for none
     */
    public record Style(String colour, String dash, double fillOpacity) {
    }

    /** The person's own ratings: solid blue, lightly filled. */
    public static final Style SELF = new Style(BLUE, "", 0.15);
    /** Others' ratings: dashed vermillion. */
    public static final Style OTHERS = new Style(VERMILLION, "6 4", 0);
    /** The target: dotted near-black. */
    public static final Style TARGET = new Style(INK, "2 3", 0);

    /**
     * The relative luminance of an {@code #RRGGBB} colour, as WCAG 2 defines it.
     *
     * @param hex the colour
     * @return the luminance, 0 to 1
     */
    public static double luminance(String hex) {
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    /**
     * The WCAG 2 contrast ratio of two colours.
     *
     * @param a one colour, {@code #RRGGBB}
     * @param b the other
     * @return the ratio, 1 to 21
     */
    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
