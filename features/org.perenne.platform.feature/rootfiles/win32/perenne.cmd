@echo off
rem Starts Pérenne on Windows from this folder: perenne.cmd [FILE.perenne] opens the desktop application;
rem perenne.cmd COMMAND FILE ... (validate, simulate, report...; perenne.cmd --help) runs the command line.
rem Needs Java 21 or newer (for example Temurin 21 from adoptium.net): JAVA_HOME, or java on the PATH.
rem Perenne.vbs starts it without a console window; "perenne.cmd --java-check" exits 0 when Java is fine.
rem SPDX-License-Identifier: EPL-2.0
setlocal EnableExtensions
chcp 65001 >nul
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
set "SPEC="
rem "call" first, so that cmd keeps the quotes around a Java path with spaces
for /f "tokens=2 delims==" %%v in ('call "%JAVA%" -XshowSettings:properties -version 2^>^&1 ^| findstr java.specification.version') do set "SPEC=%%v"
if not defined SPEC goto nojava
set "SPEC=%SPEC: =%"
for /f "delims=." %%m in ("%SPEC%") do set "MAJOR=%%m"
if %MAJOR% LSS 21 goto nojava
if /i "%~1"=="--java-check" exit /b 0
for %%c in (validate simulate compare sensitivity solve report portfolio actuals optimise optimize room help --help -h) do if /i "%~1"=="%%c" goto cli
set "LAUNCHER="
for %%l in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fl"
if not defined LAUNCHER (echo Pérenne is incomplete: no launcher in %HERE%plugins. & exit /b 1)
set "DATA=%APPDATA%\Perenne"
if defined PERENNE_DATA set "DATA=%PERENNE_DATA%"
rem PERENNE_LANG=fr or en chooses the language (else the system's); a language chosen in the application wins
set "NL="
if defined PERENNE_LANG set "NL=-nl %PERENNE_LANG%"
rem Exit code 23 asks for a restart (after choosing another language).
:start
"%JAVA%" -Xmx2g -Dosgi.requiredJavaVersion=21 -Dperenne.samples="%HERE%samples" -jar "%LAUNCHER%" -data "%DATA%\workspace" -configuration "%DATA%\configuration-0.1" -install "%HERE%." -clearPersistedState %NL% %*
if %ERRORLEVEL%==23 goto start
exit /b %ERRORLEVEL%
:cli
rem The command line is plain Java: every jar of the installation on the class path.
"%JAVA%" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.log.org.apache.pdfbox=error -cp "%HERE%plugins\*" org.perenne.cli.Main %*
exit /b %ERRORLEVEL%
:nojava
echo Pérenne needs Java 21 or newer. Install it (for example Temurin 21 from https://adoptium.net) or set JAVA_HOME.
exit /b 1
