"""python -m storylens"""

from storylens.cli import main

main()
