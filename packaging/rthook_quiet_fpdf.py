# PyInstaller runtime hook: runs before the program in the bundle. The bundle leaves Pillow out
# (packaging/README.md), and fpdf2 then warns on stderr at every demo start that it cannot add
# pictures; our PDFs have none, so that warning says nothing to the user.
import warnings

warnings.filterwarnings("ignore", message="Pillow could not be imported", category=UserWarning)
