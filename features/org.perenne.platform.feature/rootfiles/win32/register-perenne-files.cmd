@echo off
rem Makes Windows open .perenne files with Pérenne, for this user only (no administrator rights needed):
rem double-click this file once. Run it again after moving the Pérenne folder.
rem SPDX-License-Identifier: EPL-2.0
setlocal
chcp 65001 >nul
set "HERE=%~dp0"
reg add "HKCU\Software\Classes\.perenne" /ve /d "Perenne.Canvas" /f >nul || goto failed
reg add "HKCU\Software\Classes\Perenne.Canvas" /ve /d "Canevas Pérenne" /f >nul || goto failed
reg add "HKCU\Software\Classes\Perenne.Canvas\DefaultIcon" /ve /d "\"%HERE%perenne.ico\"" /f >nul || goto failed
reg add "HKCU\Software\Classes\Perenne.Canvas\shell\open\command" /ve /d "wscript.exe \"%HERE%Perenne.vbs\" \"%%1\"" /f >nul || goto failed
echo Les fichiers .perenne s'ouvrent maintenant avec Pérenne. / .perenne files now open with Pérenne.
pause
exit /b 0
:failed
echo Windows refused to record the file type. / Windows refused to record the file type.
pause
exit /b 1
