using Groupus.Fax.T30;

namespace Groupus.Fax.T38.Terminal;

/// <summary>The T.38 names of T.30's signals: the training indicator and data type of a modulation, and how long a signal lasts on a line.</summary>
internal static class T38Signals
{
    /// <summary>V.21 channel 2, the low-speed signalling channel.</summary>
    public const int V21BitRate = 300;

    public static T30IndicatorType TrainingOf(Modulation modulation) => (modulation.Rate.Modem, modulation.BitRate, modulation.ShortTrain) switch
    {
        (ModemType.V27ter, 2400, _) => T30IndicatorType.V27ter2400Training,
        (ModemType.V27ter, 4800, _) => T30IndicatorType.V27ter4800Training,
        (ModemType.V29, 7200, _) => T30IndicatorType.V29_7200Training,
        (ModemType.V29, 9600, _) => T30IndicatorType.V29_9600Training,
        (ModemType.V17, 7200, true) => T30IndicatorType.V17_7200ShortTraining,
        (ModemType.V17, 7200, false) => T30IndicatorType.V17_7200LongTraining,
        (ModemType.V17, 9600, true) => T30IndicatorType.V17_9600ShortTraining,
        (ModemType.V17, 9600, false) => T30IndicatorType.V17_9600LongTraining,
        (ModemType.V17, 12000, true) => T30IndicatorType.V17_12000ShortTraining,
        (ModemType.V17, 12000, false) => T30IndicatorType.V17_12000LongTraining,
        (ModemType.V17, 14400, true) => T30IndicatorType.V17_14400ShortTraining,
        (ModemType.V17, 14400, false) => T30IndicatorType.V17_14400LongTraining,
        _ => throw new ArgumentOutOfRangeException(nameof(modulation), modulation, "No T.38 training indicator for this modulation."),
    };

    public static T30DataType DataTypeOf(Modulation modulation) => (modulation.Rate.Modem, modulation.BitRate) switch
    {
        (ModemType.V27ter, 2400) => T30DataType.V27ter2400,
        (ModemType.V27ter, 4800) => T30DataType.V27ter4800,
        (ModemType.V29, 7200) => T30DataType.V29_7200,
        (ModemType.V29, 9600) => T30DataType.V29_9600,
        (ModemType.V17, 7200) => T30DataType.V17_7200,
        (ModemType.V17, 9600) => T30DataType.V17_9600,
        (ModemType.V17, 12000) => T30DataType.V17_12000,
        (ModemType.V17, 14400) => T30DataType.V17_14400,
        _ => throw new ArgumentOutOfRangeException(nameof(modulation), modulation, "No T.38 data type for this modulation."),
    };

    /// <summary>The bit rate of a data type, for measuring a TCF that arrived in it.</summary>
    public static int BitRateOf(T30DataType dataType) => dataType switch
    {
        T30DataType.V21 => V21BitRate,
        T30DataType.V27ter2400 => 2400,
        T30DataType.V27ter4800 => 4800,
        T30DataType.V29_7200 or T30DataType.V17_7200 => 7200,
        T30DataType.V29_9600 or T30DataType.V17_9600 => 9600,
        T30DataType.V17_12000 or T30DataType.V33_12000 => 12000,
        _ => 14400,
    };

    /// <summary>How long the signal an indicator announces takes before data can follow (V.21 preamble: 1 s of flags).</summary>
    public static TimeSpan LeadTimeOf(T30IndicatorType indicator) => TimeSpan.FromMilliseconds(indicator switch
    {
        T30IndicatorType.V21Preamble => 1000,
        T30IndicatorType.V27ter2400Training => 943,
        T30IndicatorType.V27ter4800Training => 708,
        T30IndicatorType.V29_7200Training or T30IndicatorType.V29_9600Training => 234,
        T30IndicatorType.V17_7200LongTraining or T30IndicatorType.V17_9600LongTraining
            or T30IndicatorType.V17_12000LongTraining or T30IndicatorType.V17_14400LongTraining => 1393,
        T30IndicatorType.V17_7200ShortTraining or T30IndicatorType.V17_9600ShortTraining
            or T30IndicatorType.V17_12000ShortTraining or T30IndicatorType.V17_14400ShortTraining => 142,
        _ => 0,
    });
}
