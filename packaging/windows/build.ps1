# Windows: an .msi (WiX 3.14 on PATH, JDK 21+ in JAVA_HOME), registered as the handler of sealroom:// links.
# Run from the repository root:  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# NOT BUILT in the project's CI (Linux only): see docs/installers.md.
$ErrorActionPreference = 'Stop'
$Root = Resolve-Path "$PSScriptRoot\..\.."
$Out = "$Root\target\package"
$Jdk = $env:JAVA_HOME
[xml]$Pom = Get-Content "$Root\pom.xml"
$VersionFull = $Pom.project.version
$Version = $VersionFull -replace '-.*$', ''

# 1. The jars, with the Windows JavaFX natives (client-app's javafx.platform) and only Windows natives.
& "$Root\mvnw.cmd" -B -q -DskipTests "-Djavafx.platform=win" package
if ($LASTEXITCODE -ne 0) { throw "build failed" }
Remove-Item -Recurse -Force "$Out\input", "$Out\runtime" -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$Out\input" | Out-Null
Copy-Item "$Root\client-app\target\client-app-$VersionFull.jar" "$Out\input"
(Get-Content -Raw "$Root\client-app\target\runtime-classpath.txt").Trim().Split(';') | ForEach-Object { Copy-Item $_ "$Out\input" }

# 2. A runtime with only the modules the app uses (as packaging/common.sh on Linux and macOS).
$Modules = & "$Jdk\bin\jdeps" --ignore-missing-deps --print-module-deps --multi-release 21 -q `
    --class-path "$Out\input\*" "$Out\input\client-app-$VersionFull.jar"
& "$Jdk\bin\jlink" --add-modules "$Modules,jdk.localedata" --output "$Out\runtime" --strip-debug `
    --no-header-files --no-man-pages --include-locales=en,de

# 3. The .msi. The resource dir adds the sealroom:// URL protocol to jpackage's WiX sources (main.wxs override).
& "$Jdk\bin\jpackage" --type msi --dest $Out --name Sealroom --app-version $Version --vendor Sealroom `
    --input "$Out\input" --main-jar "client-app-$VersionFull.jar" --main-class org.sealroom.client.Launcher `
    --runtime-image "$Out\runtime" --icon "$Root\packaging\icons\sealroom.ico" `
    --java-options '--enable-native-access=ALL-UNNAMED' --win-menu --win-shortcut --win-dir-chooser `
    --win-upgrade-uuid 6f0d8c2e-5b1a-4c1e-9a55-3f2b7d9e4a10 --resource-dir "$Root\packaging\windows\resources"
if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }
Get-ChildItem "$Out\*.msi" | ForEach-Object { "{0:N1} MB  {1}" -f ($_.Length / 1MB), $_.FullName }
