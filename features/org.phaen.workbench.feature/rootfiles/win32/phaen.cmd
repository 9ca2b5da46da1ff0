@echo off
rem Starts Phaen with Java 21 or newer: %JAVA_HOME%\bin\java if set, else java on the PATH.
rem Usage: phaen.cmd [-nl th^|en] [-data WORKSPACE] [FILE.phaen...]
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
for %%f in ("%~dp0plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
"%JAVA%" --enable-native-access=ALL-UNNAMED -Xmx1g -jar "%LAUNCHER%" %*
