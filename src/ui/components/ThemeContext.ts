// The colour theme every component paints with (plain under NO_COLOR).
import { createContext } from "react";
import { colourTheme, type Theme } from "../theme.js";

export const ThemeContext = createContext<Theme>(colourTheme);
