import { useContext } from "react";
import { ThemeContext } from "../components/ThemeContext.js";
import type { Theme } from "../theme.js";

export const useTheme = (): Theme => useContext(ThemeContext);
