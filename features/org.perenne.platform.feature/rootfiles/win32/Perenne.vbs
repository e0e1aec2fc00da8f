' Starts Perenne without a console window: double-click this file (or give it a .perenne file to open).
' Checks first that Java 21 or newer is there (perenne.cmd --java-check) and says what to install if not.
' ASCII only (Windows reads scripts in the local code page): accented letters come from ChrW.
' SPDX-License-Identifier: EPL-2.0
Option Explicit
Dim shell, here, args, argument, status, name
Set shell = CreateObject("WScript.Shell")
here = CreateObject("Scripting.FileSystemObject").GetParentFolderName(WScript.ScriptFullName)
name = "P" & ChrW(233) & "renne"
status = shell.Run("cmd /c """"" & here & "\perenne.cmd"" --java-check""", 0, True)
If status <> 0 Then
    MsgBox name & " a besoin de Java 21 ou plus r" & ChrW(233) & "cent. Installez Eclipse Temurin 21 (fichier .msi, en cochant " & ChrW(171) & " Set JAVA_HOME " & ChrW(187) & ") depuis https://adoptium.net, puis relancez " & name & "." & vbCrLf & vbCrLf & _
        name & " needs Java 21 or newer: install Eclipse Temurin 21 (.msi, with ""Set JAVA_HOME"" ticked) from https://adoptium.net, then start " & name & " again.", vbExclamation, name
    WScript.Quit 1
End If
args = ""
For Each argument In WScript.Arguments
    args = args & " """ & argument & """"
Next
shell.Run "cmd /c """"" & here & "\perenne.cmd""" & args & """", 0, False
