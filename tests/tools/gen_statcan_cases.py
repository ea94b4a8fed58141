#!/usr/bin/python3
"""Write tests/unit/progress/statcan_cases.tsv: Open SDG's progress measure
(sdg-build, sdg/ProgressMeasure.py, commit 139fede7, as shipped with Open SDG
2.4) worked out on the cases below, with Python's standard library only.

Usage: gen_statcan_cases.py > tests/unit/progress/statcan_cases.tsv
(tests/tools/check_generated.sh checks that the checked-in table is this
script's output, byte for byte.)

The measure, as the published code defines it, for one series:
- values that are NaN are dropped; no value left: not available;
- the current year is the latest year with a value; the base year is the
  configured one (2015) when it has a value, else the first later year with
  one (none: the series cannot be built);
- sign = -1 when the base value is negative, else 1; a target of 0 is taken
  as 0.001; direction +1 ("positive", up) or -1 (otherwise, down);
- thresholds: without a target (method 1) high 0.015, med 0.005, low 0, each
  times the limit coefficient c when there is a limit: with b = |base| and
  L = |limit|, c = 1 when b >= 2L, 1 - (b/L)^4.44 when b <= L, else
  1 - ((2L - b)/L)^4.44 (computed from the base value before the zero rule
  below); with a target (method 2) high 0.95, med 0.6, low 0, no limit;
- the target is achieved when the current value is at or beyond it;
- the progress value: none when the base and current values have opposite
  signs, when the base year is after the current year, or when they are the
  same year; a base value of 0 is taken as 0.001; then
  CAGR(v1, v0, t1, t0) = (v1 / v0) ** (1 / (t1 - t0)) - 1 and
  method 1: sign * direction * CAGR(current, base),
  method 2: sign * direction * CAGR(current, base) / |CAGR(target, base)|;
- the status: target_achieved when achieved, else not_available without a
  progress value, else substantial (>= high), moderate (>= med), limited
  (>= low) or deterioration;
- the score: 5 when achieved; none without a progress value; method 1:
  max(125 pv - 2.5, -5) below low, 5 when c is 0, min(500 pv / c - 5, 5) from
  high, 250 pv / c - 1.25 from med, 500 pv / c - 2.5 from low; method 2:
  min(7.1429 pv - 4.2857, 5) from med, else max(4.1667 pv - 2.5, -5);
- the status from the score (the indicator's, for a one-series indicator):
  target_achieved when achieved, not_available without a score, else
  substantial (2.5 to 5), moderate (0 to 2.5), limited (-2.5 to 0),
  deterioration (below -2.5).
Arithmetic is Python's, with the years as ints: a target year equal to the
base year divides by zero (the series cannot be built), as does a target
equal to the base value (a required growth of 0); a negative target/base
ratio takes Python's complex power, whose modulus divides.

That reading and the published code part in four of the cases: there the
years come from a pandas data frame as numpy int64, so the CAGRs are numpy
floats, which divide by zero to infinity and take NaN for a negative base to
a fractional power. Run with pandas 1.5.3 and numpy 1.24.2 (Debian 12), the
code gives m2_target_equals_base deterioration (score -5, progress value
-inf), target_year_is_base_moved limited_progress (-2.5, 0.0),
target_year_is_base_moved_reached_ratio1 target_achieved (5, 0.0) and
negative_target_moved_base not_available (NaN). The table keeps the Python
reading, which charta implements; the header says so.
"""
import sys

# name, direction, target, target year, base year, limit, (year, value) with
# None for NaN; None elsewhere: not configured (2030, 2015, no target, no limit)
CASES = [
    ("m1_up_substantial", "up", None, None, None, None, [(2015, 100.0), (2020, 112.0)]),
    ("m1_up_moderate", "up", None, None, None, None, [(2015, 100.0), (2020, 104.0)]),
    ("m1_up_limited", "up", None, None, None, None, [(2015, 100.0), (2020, 101.0)]),
    ("m1_up_deterioration", "up", None, None, None, None, [(2015, 100.0), (2020, 96.0)]),
    ("m1_down_substantial", "down", None, None, None, None, [(2015, 50.0), (2021, 40.0)]),
    ("m1_down_moderate", "down", None, None, None, None, [(2015, 50.0), (2021, 48.6)]),
    ("m1_down_limited", "down", None, None, None, None, [(2015, 50.0), (2021, 49.8)]),
    ("m1_down_deterioration", "down", None, None, None, None, [(2015, 50.0), (2021, 55.0)]),
    ("m1_flat_is_limited", "up", None, None, None, None, [(2015, 7.0), (2016, 7.0), (2017, 7.0)]),
    ("m1_high_below", "up", None, None, None, None, [(2015, 100.0), (2016, 101.4999)]),
    ("m1_high_at", "up", None, None, None, None, [(2015, 100.0), (2016, 101.5)]),
    ("m1_high_above", "up", None, None, None, None, [(2015, 100.0), (2016, 101.5001)]),
    ("m1_med_below", "up", None, None, None, None, [(2015, 100.0), (2016, 100.4999)]),
    ("m1_med_at", "up", None, None, None, None, [(2015, 200.0), (2016, 201.0)]),
    ("m1_med_above", "up", None, None, None, None, [(2015, 100.0), (2016, 100.5001)]),
    ("m1_low_below", "down", None, None, None, None, [(2015, 100.0), (2016, 100.0001)]),
    ("m1_low_above", "down", None, None, None, None, [(2015, 100.0), (2016, 99.9999)]),
    ("m1_limit_below_limit", "up", None, None, None, 100.0, [(2015, 80.0), (2020, 84.0)]),
    ("m1_limit_near_limit", "up", None, None, None, 100.0, [(2015, 97.0), (2020, 98.0)]),
    ("m1_limit_between_L_2L", "down", None, None, None, 10.0, [(2015, 15.0), (2020, 14.0)]),
    ("m1_limit_above_2L", "down", None, None, None, 10.0, [(2015, 25.0), (2020, 20.0)]),
    ("m1_limit_at_limit_kept", "up", None, None, None, 100.0, [(2015, 100.0), (2020, 100.0)]),
    ("m1_limit_at_limit_falls", "up", None, None, None, 100.0, [(2015, 100.0), (2020, 99.0)]),
    ("m1_limit_zero_base_zero", "down", None, None, None, 0.0, [(2015, 0.0), (2020, 0.002)]),
    ("m1_limit_beyond_max", "up", None, None, None, 100.0, [(2015, 104.0), (2020, 105.0)]),
    ("m1_limit_deteriorates", "down", None, None, None, 10.0, [(2015, 18.0), (2020, 19.0)]),
    ("m2_up_substantial", "up", 90.0, None, None, None, [(2015, 60.0), (2020, 75.0)]),
    ("m2_up_moderate", "up", 90.0, None, None, None, [(2015, 60.0), (2020, 66.0)]),
    ("m2_up_limited", "up", 90.0, None, None, None, [(2015, 60.0), (2020, 62.0)]),
    ("m2_up_deterioration", "up", 90.0, None, None, None, [(2015, 60.0), (2020, 58.0)]),
    ("m2_down_substantial", "down", 5.0, None, None, None, [(2015, 10.0), (2022, 7.0)]),
    ("m2_down_moderate", "down", 5.0, None, None, None, [(2015, 10.0), (2022, 8.5)]),
    ("m2_down_limited", "down", 5.0, None, None, None, [(2015, 10.0), (2022, 9.6)]),
    ("m2_down_deterioration", "down", 5.0, None, None, None, [(2015, 10.0), (2022, 11.0)]),
    ("m2_target_achieved_up", "up", 90.0, None, None, None, [(2015, 60.0), (2020, 91.0)]),
    ("m2_target_achieved_down_exact", "down", 5.0, None, None, None, [(2015, 10.0), (2020, 5.0)]),
    ("m2_target_achieved_single_point", "up", 90.0, None, None, None, [(2020, 95.0)]),
    ("m2_target_zero", "down", 0.0, None, None, None, [(2015, 40.0), (2020, 30.0)]),
    ("m2_target_zero_reached", "down", 0.0, None, None, None, [(2015, 40.0), (2020, 0.0)]),
    ("m2_limit_ignored", "up", 90.0, None, None, 100.0, [(2015, 60.0), (2020, 70.0)]),
    ("m2_past_target_year", "up", 90.0, 2020, None, None, [(2015, 60.0), (2024, 80.0)]),
    ("m2_target_equals_base", "up", 90.0, None, None, None, [(2015, 90.0), (2020, 85.0)]),
    ("m2_custom_base_year", "up", 80.0, None, 2012, None,
     [(2012, 50.0), (2015, 55.0), (2020, 60.0)]),
    ("m2_custom_target_year", "down", 60.0, 2040, None, None, [(2015, 100.0), (2020, 90.0)]),
    ("m2_high_below_score_rounds_up", "up", 200.0, None, None, None,
     [(2015, 100.0), (2020, 124.576000721)]),
    ("m2_high_below", "up", 200.0, None, None, None, [(2015, 100.0), (2020, 124.57329432)]),
    ("m2_high_above", "up", 200.0, None, None, None, [(2015, 100.0), (2020, 124.578932709)]),
    ("m2_med_below_score_rounds_up", "up", 200.0, None, None, None,
     [(2015, 100.0), (2020, 115.016557221)]),
    ("m2_med_below", "up", 200.0, None, None, None, [(2015, 100.0), (2020, 115.013991831)]),
    ("m2_med_above", "up", 200.0, None, None, None, [(2015, 100.0), (2020, 115.019281344)]),
    ("m2_low_above", "up", 200.0, None, None, None, [(2015, 100.0), (2020, 100.002364729)]),
    ("m2_low_below", "up", 200.0, None, None, None, [(2015, 100.0), (2020, 99.9976353162)]),
    ("zero_base_replaced", "up", None, None, None, None, [(2015, 0.0), (2020, 5.0)]),
    ("zero_base_then_negative", "up", None, None, None, None, [(2015, 0.0), (2020, -1.0)]),
    ("zero_current", "down", None, None, None, None, [(2015, 10.0), (2020, 0.0)]),
    ("negative_both_m1_up", "up", None, None, None, None, [(2015, -10.0), (2020, -5.0)]),
    ("negative_both_m1_down", "down", None, None, None, None, [(2015, -10.0), (2020, -5.0)]),
    ("negative_both_m2", "up", -2.0, None, None, None, [(2015, -10.0), (2020, -6.0)]),
    ("crossing_zero_down", "down", None, None, None, None, [(2015, 10.0), (2020, -5.0)]),
    ("crossing_zero_up", "up", None, None, None, None, [(2015, -10.0), (2020, 5.0)]),
    ("negative_to_zero", "up", None, None, None, None, [(2015, -4.0), (2020, 0.0)]),
    ("negative_target_exact_base", "down", -5.0, None, None, None, [(2015, 30.0), (2020, 20.0)]),
    ("negative_target_moved_base", "down", -5.0, None, None, None, [(2016, 30.0), (2020, 20.0)]),
    ("base_missing_next_used", "up", None, None, None, None,
     [(2016, 50.0), (2017, 52.0), (2020, 55.0)]),
    ("base_nan_next_used", "up", None, None, None, None,
     [(2014, 40.0), (2015, None), (2016, None), (2017, 45.0), (2019, 48.0)]),
    ("nan_gap_inside", "down", None, None, None, None,
     [(2015, 20.0), (2016, None), (2017, None), (2018, 17.0)]),
    ("latest_nan", "up", None, None, None, None,
     [(2015, 20.0), (2018, 22.0), (2019, 23.0), (2020, None)]),
    ("all_before_base", "up", None, None, None, None, [(2010, 5.0), (2012, 6.0), (2014, 7.0)]),
    ("only_base_year", "up", None, None, None, None, [(2015, 5.0)]),
    ("only_base_year_target_not_reached", "up", 9.0, None, None, None, [(2015, 5.0)]),
    ("no_data", "up", None, None, None, None, [(2015, None), (2016, None)]),
    ("target_year_is_base_exact", "up", 60.0, 2015, None, None, [(2015, 40.0), (2020, 50.0)]),
    ("target_year_is_base_moved", "up", 60.0, 2016, None, None, [(2016, 40.0), (2020, 50.0)]),
    ("target_year_is_base_moved_reached_ratio1", "up", 40.5, 2016, 2015, None,
     [(2016, 40.0), (2020, 50.0)]),
    ("before_base_and_after", "up", None, None, None, None,
     [(2010, 1.0), (2016, 2.0), (2019, 3.0)]),
]

HEADER = """\
# Expected results of the Open SDG progress measure (sdg-build, sdg/ProgressMeasure.py,
# SeriesProgress + get_progress_status_from_score) for 75 series.
# Written by tests/tools/gen_statcan_cases.py (Python's standard library), which works
# the published method (open-sdg/sdg-build, commit 139fede7) on the series below; do not
# edit by hand. Its arithmetic is Python's with years as ints: a target year equal to the
# base year and a target equal to the base value divide by zero (here: not_available, no
# score), and a negative target/base ratio takes Python's complex power. A series that
# cannot be built is "not_available" with empty score and progress value. The code itself,
# run under pandas 1.5.3 (numpy int64 years), gives otherwise in four rows, where numpy
# divides by zero to infinity or takes NaN for a negative power: m2_target_equals_base,
# target_year_is_base_moved, target_year_is_base_moved_reached_ratio1 and
# negative_target_moved_base (the generator's docstring gives its results).
# Columns: name, direction (up = 'positive', down = 'negative'), target, target_year
# (empty: 2030), base_year (empty: 2015), limit, data (year:value; an empty value
# is NaN, dropped like the code's notna filter), then the code's results: series
# status, score, progress_value, the status from the score (the indicator status
# of a one-series indicator), the base year and base value used.
""" + "\t".join(["name", "direction", "target", "target_year", "base_year", "limit", "data",
                  "status", "score", "progress_value", "score_status", "used_base_year",
                  "used_base_value"]) + "\n"


class CannotBuild(Exception):
    """The series cannot be built (the code raises)."""


def cagr(v1, v0, t1, t0):
    return (v1 / v0) ** (1 / (t1 - t0)) - 1


def thresholds(target, limit, base, direction):
    if target is not None:
        return {"high": 0.95, "med": 0.6, "low": 0}, 1
    t = {"high": 0.015, "med": 0.005, "low": 0}
    if limit is None:
        return t, 1
    b, lim = abs(base), abs(limit)
    if b >= 2 * lim:  # first: 1 when both are zero
        c = 1
    elif b <= lim:
        c = 1 - (b / lim) ** 4.44
    else:
        c = 1 - ((2 * lim - b) / lim) ** 4.44
    return {k: v * c for k, v in t.items()}, c


def status_of(pv, th, achieved):
    if achieved:
        return "target_achieved"
    if pv is None:
        return "not_available"
    if pv >= th["high"]:
        return "substantial_progress"
    if pv >= th["med"]:
        return "moderate_progress"
    if pv >= th["low"]:
        return "limited_progress"
    return "deterioration"


def score_of(pv, th, c, with_target, achieved):
    if achieved:
        return 5
    if pv is None:
        return None
    if with_target:
        if pv >= th["med"]:
            return min((7.1429 * pv) - 4.2857, 5)
        return max((4.1667 * pv) - 2.5, -5)
    if pv < th["low"]:
        return max(125 * pv - 2.5, -5)
    if c == 0:  # the base is at the limit and kept
        return 5
    if pv >= th["high"]:
        return min(500 * pv / c - 5, 5)
    if pv >= th["med"]:
        return 250 * pv / c - 1.25
    return 500 * pv / c - 2.5


def status_of_score(score, achieved):
    if achieved:
        return "target_achieved"
    if score is None:
        return "not_available"
    if 2.5 <= score <= 5:
        return "substantial_progress"
    if 0 <= score < 2.5:
        return "moderate_progress"
    if -2.5 <= score < 0:
        return "limited_progress"
    if -5 <= score < -2.5:
        return "deterioration"
    raise ValueError("score %r outside [-5, 5]" % score)


def measure(direction, target, target_year, base_year, limit, data):
    """(status, score, progress value, status from score, base year, base value)."""
    sign_dir = 1 if direction == "up" else -1
    if target == 0:
        target = 0.001
    target_year = 2030 if target_year is None else target_year
    base_year = 2015 if base_year is None else base_year
    values = {y: v for y, v in data if v is not None}
    if len(values) != len([y for y, v in data if v is not None]):
        raise ValueError("a year twice")
    if not values:
        return "not_available", None, None, "not_available", None, None
    current_year = max(values)
    current = values[current_year]
    if base_year not in values:
        later = [y for y in values if y > base_year]
        if not later:
            raise CannotBuild
        base_year = min(later)
    base = values[base_year]
    sign = -1 if base < 0 else 1
    th, c = thresholds(target, limit, base, sign_dir)
    achieved = target is not None and (current <= target if sign_dir < 0 else current >= target)
    if base == 0:
        base = 0.001
    if (base > 0 and current < 0) or (base < 0 and current > 0):
        pv = None
    elif base_year > current_year or current_year - base_year < 1:
        pv = None
    elif target is None:
        pv = sign * sign_dir * cagr(current, base, current_year, base_year)
    else:
        observed = cagr(current, base, current_year, base_year)
        required = cagr(target, base, target_year, base_year)
        pv = sign * sign_dir * observed / abs(required)
    score = score_of(pv, th, c, target is not None, achieved)
    return (status_of(pv, th, achieved), score, pv, status_of_score(score, achieved),
            base_year, base)


def cell(x):
    if x is None:
        return ""
    if isinstance(x, float):
        return repr(x)
    return str(x)


def main():
    out = [HEADER]
    for name, direction, target, target_year, base_year, limit, data in CASES:
        try:
            status, score, pv, score_status, used_year, used_value = measure(
                direction, target, target_year, base_year, limit, data)
        except (ZeroDivisionError, CannotBuild):
            status, score, pv, score_status, used_year, used_value = (
                "not_available", None, None, "not_available", None, None)
        points = ";".join("%d:%s" % (y, cell(v)) for y, v in data)
        row = [name, direction, cell(target), cell(target_year), cell(base_year), cell(limit),
               points, status, cell(None if score is None else float(score)),
               cell(None if pv is None else float(pv)), score_status, cell(used_year),
               cell(None if used_value is None else float(used_value))]
        out.append("\t".join(row) + "\n")
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
