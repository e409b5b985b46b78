// The main window lands here with the main-window issue.
