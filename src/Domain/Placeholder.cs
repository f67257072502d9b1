namespace Groupus.Domain; public static class Placeholder {}
