package com.triallens.compare;

import com.triallens.base.domain.ArmFigure.Counts;
import com.triallens.base.stats.FisherExact;
import com.triallens.base.stats.RiskDifference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * Computed by TrialLens, never reported: one arm against the first arm picked. The absolute difference
 * of two shares in percentage points; where both arms give counts, the risk difference with its Newcombe
 * (Wilson) 95 % interval and Fisher's exact p.
 */
public record Derived(BigDecimal differencePoints, Optional<RiskDifference> riskDifference,
                      Optional<FisherExact> fisher, String unavailable) {

    public static final String LABEL = "computed by TrialLens";
    static final double LEVEL = 95;

    static Derived notComputable(String why) {
        return new Derived(null, Optional.empty(), Optional.empty(), why);
    }

    static Derived of(BigDecimal armPercent, BigDecimal referencePercent, Optional<Counts> arm,
                      Optional<Counts> reference) {
        if (arm.filter(c -> c.participants() == 0).isPresent() || reference.filter(c -> c.participants() == 0).isPresent()) {
            return notComputable("Not computed: no participant analysed in one of the two arms");
        }
        var difference = armPercent.subtract(referencePercent).setScale(1, RoundingMode.HALF_UP);
        if (arm.isEmpty() || reference.isEmpty()) {
            return new Derived(difference, Optional.empty(), Optional.empty(), null);
        }
        var a = arm.get();
        var r = reference.get();
        return new Derived(difference,
                Optional.of(RiskDifference.newcombe(a.events(), a.participants(), r.events(), r.participants(), LEVEL)),
                Optional.of(FisherExact.forArms(a.events(), a.participants(), r.events(), r.participants())), null);
    }

    /** {@code +0.7 pp; 95 % CI −10.2 to 11.6 pp; Fisher p = 0.81}, or why nothing could be computed. */
    public String display() {
        if (differencePoints == null) {
            return unavailable;
        }
        var text = new StringBuilder(signed(differencePoints) + " pp");
        riskDifference.ifPresent(rd -> text.append("; 95 % CI ").append(points(rd.lower())).append(" to ")
                .append(points(rd.upper())).append(" pp"));
        fisher.ifPresent(f -> text.append("; Fisher p = ").append(pValue(f.pValue())));
        return text.toString();
    }

    /** The methods behind the figure, for a tooltip. */
    public String methods() {
        if (differencePoints == null) {
            return LABEL;
        }
        var text = new StringBuilder("Computed by TrialLens: difference of the two shares");
        riskDifference.ifPresent(rd -> text.append("; interval: ").append(rd.method()));
        fisher.ifPresent(f -> text.append("; p: ").append(f.method()));
        return text.append(". Not a reported figure.").toString();
    }

    private static String points(double fraction) {
        return signed(BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_UP));
    }

    private static String signed(BigDecimal value) {
        var text = value.toPlainString().replace("-", "−");
        return value.signum() > 0 ? "+" + text : text;
    }

    private static String pValue(double p) {
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, p < 0.01 ? "%.3f" : "%.2f", p);
    }
}
