/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Income Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Income is derived from the offers; this block keeps the workshop notes.
 * <!-- end-model-doc -->
 *
 *
 * @see org.perenne.model.PerennePackage#getIncomeBlock()
 * @model
 * @generated
 */
public interface IncomeBlock extends CanvasBlock {
} // IncomeBlock
