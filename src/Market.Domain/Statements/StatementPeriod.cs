using System.Globalization;

namespace Market.Domain.Statements;

/// <summary>A calendar month in UTC, written <c>yyyy-MM</c>: the span of one statement.</summary>
/// <param name="Year">The year, 2000 to 9998.</param>
/// <param name="Month">The month, 1 to 12.</param>
public readonly record struct StatementPeriod(int Year, int Month)
{
    /// <summary>The first instant of the month (inclusive).</summary>
    public DateTimeOffset Start => new(Year, Month, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The first instant of the next month (exclusive).</summary>
    public DateTimeOffset End => Start.AddMonths(1);

    /// <summary>The month that contains <paramref name="instant"/>, in UTC.</summary>
    public static StatementPeriod Containing(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new StatementPeriod(utc.Year, utc.Month);
    }

    /// <summary>Reads <c>yyyy-MM</c>; anything else (or a year outside 2000–9998) is refused.</summary>
    public static bool TryParse(string? text, out StatementPeriod period)
    {
        period = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year is < 2000 or > 9998 || month is < 1 or > 12)
        {
            return false;
        }

        period = new StatementPeriod(year, month);
        return true;
    }

    /// <summary>The previous month.</summary>
    public StatementPeriod Previous() => Containing(Start.AddMonths(-1));

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
