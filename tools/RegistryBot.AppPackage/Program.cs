using RegistryBot.AppPackage;

try
{
    var arguments = PackageArguments.Parse(args);
    if (arguments.ShowHelp)
    {
        Console.Out.Write(PackageArguments.Usage);
        return ExitCodes.Success;
    }

    var folder = ManifestFolder.BesideTool();
    var settings = TeamsAppSettings.Load(folder.SettingsFile);
    var values = ManifestValues.Resolve(arguments, settings);
    var manifest = ManifestTemplate.Load(folder.TemplateFile).Fill(values.Placeholders());
    var package = AppPackageWriter.Write(manifest, folder, arguments.Output);

    Console.Out.WriteLine($"Wrote {package} (app id {values.AppId}, bot id {values.BotId}, version {values.Version}).");
    return ExitCodes.Success;
}
catch (InvalidInputException exception)
{
    foreach (var problem in exception.Problems)
    {
        Console.Error.WriteLine($"package: {problem}");
    }

    Console.Error.WriteLine("Run ./package.sh --help to see the options.");
    return ExitCodes.InvalidInput;
}
catch (IOException exception)
{
    Console.Error.WriteLine($"package: {exception.Message}");
    return ExitCodes.Failed;
}
