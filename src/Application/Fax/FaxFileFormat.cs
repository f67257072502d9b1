namespace Groupus.Application.Fax;

public enum FaxFileFormat
{
    Tiff = 0,
    Pdf = 1,
}
