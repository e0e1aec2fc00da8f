/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Costs Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.CostsBlock#getFixedCosts <em>Fixed Costs</em>}</li>
 *   <li>{@link org.perenne.model.CostsBlock#getInvestments <em>Investments</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getCostsBlock()
 * @model
 * @generated
 */
public interface CostsBlock extends CanvasBlock {
	/**
	 * Returns the value of the '<em><b>Fixed Costs</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.FixedCost}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fixed Costs</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getCostsBlock_FixedCosts()
	 * @model containment="true"
	 * @generated
	 */
	EList<FixedCost> getFixedCosts();

	/**
	 * Returns the value of the '<em><b>Investments</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.Investment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Investments</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getCostsBlock_Investments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Investment> getInvestments();

} // CostsBlock
